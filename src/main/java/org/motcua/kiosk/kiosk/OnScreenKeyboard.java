package org.motcua.kiosk.kiosk;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The kiosk's own keyboard for Vietnamese: letters and digits, the Vietnamese vowels ă â ê ô ơ ư and đ, and the
 * five tone marks, which go on the right vowel of the last word (see {@link VietnameseTyping}). It types into one
 * text field; kiosk Chromium has no OS keyboard above a full-screen window.
 */
public class OnScreenKeyboard extends Composite<Div> {

    private static final List<String> ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");
    private static final String VIETNAMESE_LETTERS = "ăâđêôơư";

    private final TextField target;
    private final int maxLength;

    public OnScreenKeyboard(TextField target, int maxLength) {
        this.target = target;
        this.maxLength = maxLength;
        Div root = getContent();
        root.addClassName("kiosk-keyboard");
        for (String row : ROWS) {
            Div r = row();
            row.chars().forEach(c -> r.add(key(String.valueOf((char) c), () -> type(String.valueOf((char) c)))));
            if (row.startsWith("z")) {
                r.add(wideKey(getTranslation("kb.backspace"), "kb-backspace", this::backspace));
            }
            root.add(r);
        }
        Div vn = row();
        VIETNAMESE_LETTERS.chars().forEach(c -> vn.add(key(String.valueOf((char) c), () -> type(String.valueOf((char) c)))));
        root.add(vn);
        Div tones = row();
        tones.addClassName("kb-tones");
        tones.add(toneKey("á", "kb.tone.acute", VietnameseTyping.Tone.ACUTE),
                toneKey("à", "kb.tone.grave", VietnameseTyping.Tone.GRAVE),
                toneKey("ả", "kb.tone.hook", VietnameseTyping.Tone.HOOK),
                toneKey("ã", "kb.tone.tilde", VietnameseTyping.Tone.TILDE),
                toneKey("ạ", "kb.tone.dot", VietnameseTyping.Tone.DOT));
        root.add(tones);
        Div bottom = row();
        bottom.add(wideKey(getTranslation("kb.clear"), "kb-clear", () -> target.setValue("")),
                wideKey(getTranslation("kb.space"), "kb-space", () -> type(" ")));
        root.add(bottom);
    }

    private Div row() {
        Div r = new Div();
        r.addClassName("kb-row");
        return r;
    }

    private Button key(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addClassName("kb-key");
        b.getElement().setAttribute("data-key", label);
        return b;
    }

    private Button wideKey(String label, String id, Runnable action) {
        Button b = key(label, action);
        b.addClassName("kb-wide");
        b.getElement().setAttribute("data-key", id);
        return b;
    }

    private Button toneKey(String sample, String nameKey, VietnameseTyping.Tone tone) {
        Button b = key(sample, () -> target.setValue(VietnameseTyping.applyTone(target.getValue(), tone)));
        b.setText(sample + " " + getTranslation(nameKey));
        b.addClassName("kb-tone");
        b.getElement().setAttribute("data-key", "tone-" + tone.name().toLowerCase());
        return b;
    }

    private void type(String s) {
        String v = target.getValue();
        if (v.length() >= maxLength || (" ".equals(s) && (v.isEmpty() || v.endsWith(" ")))) {
            return;
        }
        target.setValue(v + s);
    }

    private void backspace() {
        String v = target.getValue();
        if (!v.isEmpty()) {
            target.setValue(v.substring(0, v.offsetByCodePoints(v.length(), -1)));
        }
    }
}
