package org.motcua.kiosk.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen: the Lumo theme, our stylesheet (fonts with full Vietnamese coverage,
 * kiosk sizes, high contrast), server push for the idle countdown and the hall board, and the frame keeper below.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/motcua.css")
@Viewport("width=device-width, initial-scale=1, user-scalable=no")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    /**
     * Chromium drawing in software (a screen without a GPU it can use: the test VM, some PCs) under the appliance's
     * Wayland compositor stopped making frames once a page stood still, and left on the screen a frame drawn before
     * the page was: the kiosk home blank or without its lines, until someone touched the screen. Only where the
     * browser has no WebGL (no GPU), one invisible pixel changes, which makes it draw a whole frame: three times, a
     * second apart, after anything on the page changed (a mutation, a transition's end, a font loaded, a touch), and
     * once every 10 s. Not once a second always: each whole frame drawn and turned in software cost the test VM's
     * compositor and browser together 70-95 % of a CPU on a still page, which slowed the JVM's start to half its speed
     * (measured in the VM: cage 45-49 % and Chromium 23-25 % of one CPU, 0 % and 8 % with the pixel removed).
     * {@code data-quiet} on the pixel says when the page has stood still long enough for the keeper to rest.
     * No library does this; it is a few lines. On a Pi (Chromium on its GPU) it does nothing.
     */
    static final String FRAME_KEEPER = """
            (function () {
              var gl = null;
              try { gl = document.createElement('canvas').getContext('webgl'); } catch (e) { gl = null; }
              if (gl) { return; }
              var px = document.createElement('div');
              px.id = 'motcua-frame-keeper';
              px.setAttribute('aria-hidden', 'true');
              px.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;background:#000;opacity:0.01;'
                + 'pointer-events:none;z-index:2147483647';
              var left = 0, timer = null;
              function frame() { px.style.opacity = px.style.opacity === '0.01' ? '0.02' : '0.01'; }
              function burst() {
                left = 3;
                if (timer) { return; }
                px.dataset.quiet = 'false';
                timer = setInterval(function () {
                  frame();
                  if (--left <= 0) { clearInterval(timer); timer = null; px.dataset.quiet = 'true'; }
                }, 1000);
              }
              function start() {
                document.body.appendChild(px);
                new MutationObserver(function (records) {
                  for (var i = 0; i < records.length; i++) { if (records[i].target !== px) { burst(); return; } }
                }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
                ['transitionend', 'animationend', 'pointerup', 'keyup', 'load', 'resize'].forEach(function (type) {
                  window.addEventListener(type, burst, true);
                });
                if (document.fonts) { document.fonts.addEventListener('loadingdone', burst); }
                setInterval(frame, 10000);
                burst();
              }
              if (document.body) { start(); } else { document.addEventListener('DOMContentLoaded', start); }
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND, FRAME_KEEPER, Inline.Wrapping.JAVASCRIPT);
    }
}
