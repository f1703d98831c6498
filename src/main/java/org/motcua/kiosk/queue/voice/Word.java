package org.motcua.kiosk.queue.voice;

/** One recorded clip ({@code sounds/vi/<clip>.wav}) and how it is written in a caption. */
record Word(String clip, String text) {
}
