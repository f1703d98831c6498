package org.motcua.kiosk.survey.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import org.motcua.kiosk.kiosk.OnScreenKeyboard;
import org.motcua.kiosk.survey.Criterion;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.RatingScale;
import org.motcua.kiosk.survey.Reason;

/**
 * One rating, as the citizen gives it on the counter's screen or at the kiosk: large coloured faces for the levels of
 * the office's scale; then, on a dissatisfied level, the reasons and a comment typed on the kiosk keyboard; and after
 * any level the optional TT 01 questions (2/1/0 points), which "Bỏ qua" skips. What is chosen goes to {@code send}
 * as one {@link RatingInput}.
 */
public class RatingPanel extends Composite<Div> {

    private final RatingScale scale;
    private final Consumer<RatingInput> send;
    private final List<String> levelKeys;

    private final Div levels = new Div();
    private final Div details = new Div();
    final TextField comment = new TextField();

    private Integer level;
    private final List<Runnable> toggles = new ArrayList<>();
    private Runnable onChange = () -> { };
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    private final Map<Criterion, Integer> answers = new EnumMap<>(Criterion.class);

    public RatingPanel(RatingScale scale, Consumer<RatingInput> send) {
        this.scale = scale;
        this.send = send;
        this.levelKeys = scale.levelKeys();
        Div root = getContent();
        root.addClassName("rate-panel");
        levels.addClassName("rate-levels");
        details.addClassName("rate-details");
        comment.addClassName("rate-comment");
        comment.setMaxLength(RatingInput.MAX_COMMENT);
        comment.setWidthFull();
        comment.addValueChangeListener(e -> onChange.run());
        for (int i = 1; i <= scale.size(); i++) {
            levels.add(levelButton(i));
        }
        root.add(levels, details);
        reset();
    }

    /** Back to the faces, nothing chosen. */
    public void reset() {
        level = null;
        reasons.clear();
        answers.clear();
        comment.clear();
        details.removeAll();
        toggles.clear();
        details.setVisible(false);
        levels.setVisible(true);
    }

    /** What the citizen has chosen so far and not sent: the level at least, or empty. */
    public Optional<RatingInput> pending() {
        return level == null ? Optional.empty() : Optional.of(input(true));
    }

    /** Called whenever the citizen chooses or types something (a screen may send a forgotten rating later). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The level chosen and not sent yet, if any. */
    public boolean hasLevel() {
        return level != null;
    }

    private Button levelButton(int n) {
        String key = levelKeys.get(n - 1);
        Button b = new Button(getTranslation("rating.level." + key), face(n, key).create());
        b.addClassName("rate-level");
        b.getElement().setAttribute("data-level", String.valueOf(n));
        b.getElement().setAttribute("data-mood", mood(n));
        b.addClickListener(e -> {
            choose(n);
            onChange.run();
        });
        return b;
    }

    /** Green for the best, red for what counts against the office, yellow (and orange) between. */
    private String mood(int n) {
        if (scale.dissatisfied(n)) {
            return n == scale.size() ? "bad" : "poor";
        }
        if (n == 1) {
            return "best";
        }
        return "BINH_THUONG".equals(levelKeys.get(n - 1)) || scale.size() == 3 ? "fair" : "good";
    }

    private VaadinIcon face(int n, String key) {
        if (scale.dissatisfied(n)) {
            return VaadinIcon.FROWN_O;
        }
        return "BINH_THUONG".equals(key) ? VaadinIcon.MEH_O : VaadinIcon.SMILEY_O;
    }

    private void choose(int n) {
        level = n;
        levels.setVisible(false);
        details.removeAll();
        toggles.clear();
        details.setVisible(true);

        Span chosen = new Span(getTranslation("rate.chosen", getTranslation("rating.level." + levelKeys.get(n - 1))));
        chosen.addClassName("rate-chosen");
        chosen.getElement().setAttribute("data-mood", mood(n));
        Button change = new Button(getTranslation("rate.change"), e -> reset());
        change.addClassName("rate-change");
        Div head = new Div(chosen, change);
        head.addClassName("rate-details-head");
        details.add(head);

        boolean dissatisfied = scale.dissatisfied(n);
        if (dissatisfied) {
            details.add(new H2(getTranslation("rate.reasons")));
            Div chips = new Div();
            chips.addClassName("rate-reasons");
            for (Reason r : Reason.values()) {
                chips.add(toggle(getTranslation("reason." + r.name()), "rate-reason", "data-reason", r.name(),
                        () -> reasons.contains(r), () -> {
                            if (!reasons.remove(r)) {
                                reasons.add(r);
                            }
                        }));
            }
            comment.setLabel(getTranslation("rate.comment"));
            Div keyboard = new Div(new OnScreenKeyboard(comment, RatingInput.MAX_COMMENT));
            keyboard.addClassName("rate-keyboard");
            details.add(chips, comment, keyboard);
        }

        H2 questionsTitle = new H2(getTranslation("rate.questions"));
        Paragraph questionsHint = new Paragraph(getTranslation("rate.questions.hint"));
        questionsHint.addClassName("rate-hint");
        details.add(questionsTitle, questionsHint);
        for (Criterion c : Criterion.values()) {
            Div row = new Div();
            row.addClassName("rate-question");
            Span q = new Span(getTranslation("criterion." + c.name()));
            q.addClassName("rate-question-text");
            Div choices = new Div();
            choices.addClassName("rate-answers");
            for (int points = 2; points >= 0; points--) {
                int p = points;
                choices.add(toggle(getTranslation("criterion." + c.name() + "." + p), "rate-answer",
                        "data-answer", c.name() + "." + p,
                        () -> Integer.valueOf(p).equals(answers.get(c)),
                        () -> {
                            if (Integer.valueOf(p).equals(answers.get(c))) {
                                answers.remove(c);
                            } else {
                                answers.put(c, p);
                            }
                        }));
            }
            row.add(q, choices);
            details.add(row);
        }

        Button sendButton = new Button(getTranslation("rate.send"), e -> send.accept(input(true)));
        sendButton.addClassName("rate-send");
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(sendButton);
        actions.addClassName("rate-actions");
        if (!dissatisfied) {
            Button skip = new Button(getTranslation("rate.skip"), e -> send.accept(input(false)));
            skip.addClassName("rate-skip");
            actions.add(skip);
        }
        details.add(actions);
    }

    private RatingInput input(boolean withAnswers) {
        boolean dissatisfied = scale.dissatisfied(level);
        return new RatingInput(level, withAnswers ? answers : Map.of(), dissatisfied ? reasons : Set.of(),
                dissatisfied ? comment.getValue() : null);
    }

    /** A chip or answer that shows whether it is chosen (aria-pressed, styled in motcua.css). */
    private Button toggle(String label, String className, String attribute, String value, BooleanSupplier selected,
                          Runnable flip) {
        Button b = new Button(label);
        b.addClassName(className);
        b.getElement().setAttribute(attribute, value);
        Runnable show = () -> b.getElement().setAttribute("aria-pressed", String.valueOf(selected.getAsBoolean()));
        toggles.add(show);
        show.run();
        b.addClickListener(e -> {
            flip.run();
            // One answer per question: the row's other answers follow.
            toggles.forEach(Runnable::run);
            onChange.run();
        });
        return b;
    }
}
