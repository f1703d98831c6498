package org.motcua.kiosk.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A keypad for dossier codes (000.00.53.H48-220921-0099): the digits, H, '.', '-', ⌫ and clear. Smaller and surer
 * than the full keyboard for a code; the ticket's QR code comes from the USB scanner instead, typed like a keyboard.
 */
public class CodeKeypad extends Composite<Div> {

    private static final String[] ROWS = {"123H", "456.", "789-"};

    private final TextField target;
    private final int maxLength;

    public CodeKeypad(TextField target, int maxLength) {
        this.target = target;
        this.maxLength = maxLength;
        Div root = getContent();
        root.addClassName("kiosk-keyboard");
        root.addClassName("rate-keypad");
        for (String row : ROWS) {
            Div r = row();
            row.chars().forEach(c -> r.add(key(String.valueOf((char) c), String.valueOf((char) c))));
            root.add(r);
        }
        Div last = row();
        Button clear = new Button(getTranslation("kb.clear"), e -> target.setValue(""));
        clear.addClassNames("kb-key", "kb-wide");
        clear.getElement().setAttribute("data-key", "kb-clear");
        Button backspace = new Button(getTranslation("kb.backspace"), e -> backspace());
        backspace.addClassNames("kb-key", "kb-wide");
        backspace.getElement().setAttribute("data-key", "kb-backspace");
        last.add(clear, key("0", "0"), backspace);
        root.add(last);
    }

    private Div row() {
        Div r = new Div();
        r.addClassName("kb-row");
        return r;
    }

    private Button key(String label, String typed) {
        Button b = new Button(label, e -> {
            String v = target.getValue();
            if (v.length() < maxLength) {
                target.setValue(v + typed);
            }
        });
        b.addClassName("kb-key");
        b.getElement().setAttribute("data-key", label);
        return b;
    }

    private void backspace() {
        String v = target.getValue();
        if (!v.isEmpty()) {
            target.setValue(v.substring(0, v.length() - 1));
        }
    }
}
