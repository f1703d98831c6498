package org.motcua.kiosk.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen: the Lumo theme, our stylesheet (fonts with full Vietnamese coverage,
 * kiosk sizes, high contrast), server push for the idle countdown and, later, the hall board.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/motcua.css")
@Viewport("width=device-width, initial-scale=1, user-scalable=no")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {
}
