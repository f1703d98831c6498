#!/usr/bin/env python3
"""A page that says where a touch landed on it, for kiosk-image/test-vm.sh (a test tool, not part of the image).

    python3 tap-server.py PORT DIR

Every address answers the page. It asks /loaded once its listeners are set (DIR/tap-loaded is written), /moved at
the first move of the pointer over it (DIR/tap-moved), then each touch as /tap?x=&y= in parts of the page's width and height (a line "x y" appended to DIR/taps), and asks /next
every second: "wait" keeps it, anything else (the address now leads to another server) makes it load itself again.
Written with the standard library only: the test machine needs nothing more than python3.
"""
import pathlib
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Chạm thử / Touch test</title>
<style>html, body {margin: 0; height: 100%; font: 48px sans-serif; display: flex; align-items: center;
justify-content: center; text-align: center; background: #fff; color: #000}</style></head>
<body><p>Chạm thử màn hình<br>Touch test</p>
<script>
let moved = false;
addEventListener('pointermove', () => { if (!moved) { moved = true; fetch('/moved', {cache: 'no-store'}); } });
addEventListener('pointerdown', e => fetch('/tap?x=' + (e.clientX / innerWidth) + '&y=' + (e.clientY / innerHeight), {cache: 'no-store'}));
fetch('/loaded', {cache: 'no-store'});
setInterval(() => fetch('/next', {cache: 'no-store'}).then(r => r.text())
  .then(t => { if (t !== 'wait') location.reload(); }).catch(() => {}), 1000);
</script></body></html>
""".encode("utf-8")


def main():
    port, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            url = urllib.parse.urlparse(self.path)
            body, kind = PAGE, "text/html; charset=utf-8"
            if url.path == "/tap":
                q = urllib.parse.parse_qs(url.query)
                with open(out / "taps", "a") as taps:
                    taps.write(f"{float(q['x'][0])} {float(q['y'][0])}\n")
                body, kind = b"ok", "text/plain"
            elif url.path in ("/loaded", "/moved"):
                (out / ("tap-" + url.path[1:])).write_text("yes\n")
                body, kind = b"ok", "text/plain"
            elif url.path == "/next":
                body, kind = b"wait", "text/plain"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            sys.stderr.write("%s\n" % (fmt % args))

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
