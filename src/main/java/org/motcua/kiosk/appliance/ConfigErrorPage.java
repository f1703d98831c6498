package org.motcua.kiosk.appliance;

import java.util.List;

/**
 * The page the appliance's screen shows instead of the kiosk when {@code motcua.txt} has wrong lines: which file,
 * which line, what is wrong, and how to fix it, in Vietnamese then English, large enough to read from a step away.
 * <p>
 * A red bar along the top blinks every 2 s. It draws the eye, and it gives the screen a new frame now and then:
 * Chromium without a GPU (a PC or VM whose GL is in software) left a page that never changes in its first,
 * half-rastered frame (in the test VM: the title's first word, for good). Not a CSS animation: that draws 60 frames
 * a second, most of a small computer's CPU with software GL.
 */
final class ConfigErrorPage {

    private ConfigErrorPage() {
    }

    static String html(String file, List<BootConfig.Problem> problems) {
        StringBuilder items = new StringBuilder();
        for (BootConfig.Problem p : problems) {
            items.append("<li>");
            if (p.line() > 0) {
                items.append("<b>Dòng ").append(p.line()).append("</b> / <i>Line ").append(p.line()).append("</i>: ");
            }
            items.append(escape(p.vi())).append("<br><i>").append(escape(p.en())).append("</i></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <title>Cài đặt chưa đúng / Settings need fixing</title>
                <style>
                body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; background: #fff8e1; color: #1a1a1a;
                       margin: 0; padding: 4vh 6vw; font-size: clamp(20px, 2.6vh, 40px); }
                h1 { color: #b00020; font-size: 1.8em; margin: 0 0 0.4em; }
                li { margin: 0.6em 0; } i { color: #444; } code { background: #eee; padding: 0 0.2em; }
                #alert { position: fixed; top: 0; left: 0; right: 0; height: 1.2vh; background: #b00020; }
                #alert.dim { opacity: 0.35; }
                </style></head><body>
                <div id="alert"></div>
                <script>
                setInterval(function () { document.getElementById('alert').classList.toggle('dim'); }, 2000);
                </script>
                <h1>Cài đặt của máy chưa đúng</h1>
                <p>Tệp <code>%1$s</code> trên thẻ nhớ (phân vùng khởi động) có chỗ cần sửa:
                <br><i>Settings need fixing: the file <code>%1$s</code> on the memory card (boot partition) has:</i></p>
                <ol>
                %2$s</ol>
                <p>Tắt máy, cắm thẻ nhớ vào máy tính, sửa tệp <code>motcua.txt</code> rồi cắm lại và bật máy.
                <br><i>Power off, put the card in a computer, fix <code>motcua.txt</code>, put it back and power on.</i></p>
                </body></html>
                """.formatted(escape(file), items);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
