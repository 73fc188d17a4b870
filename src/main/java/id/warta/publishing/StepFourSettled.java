package id.warta.publishing;

/** Every chosen channel of a story is published or skipped: step 4 of the SOP is over. */
public record StepFourSettled(long storyId) {
}
