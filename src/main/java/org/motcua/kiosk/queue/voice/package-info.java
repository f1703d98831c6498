/**
 * The spoken call of the hall display board: "Xin mời công dân số A012 đến quầy số 3", twice, as one WAV
 * assembled offline from short recorded clips ({@code src/main/resources/sounds/vi}, generated with
 * espeak-ng; its README says how). {@link org.motcua.kiosk.queue.voice.Announcer} composes, the board plays.
 */
package org.motcua.kiosk.queue.voice;
