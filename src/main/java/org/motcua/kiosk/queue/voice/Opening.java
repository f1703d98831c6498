package org.motcua.kiosk.queue.voice;

/** How a call begins. Offices choose; "công dân" is the usual form at a one-stop office. */
public enum Opening {
    CITIZEN_NUMBER(new Word("phrase-citizen-number", "Xin mời công dân số")),
    NUMBER(new Word("phrase-number", "Xin mời số thứ tự"));

    private final Word word;

    Opening(Word word) {
        this.word = word;
    }

    Word word() {
        return word;
    }
}
