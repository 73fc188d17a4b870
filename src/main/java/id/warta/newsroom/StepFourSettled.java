package id.warta.newsroom;

import java.time.Instant;

/**
 * Every chosen channel of a published story is published or skipped: SOP step 4 is over, and the newsroom stops
 * the story's clock. Published by the module that sends to the channels; declared here, beside the story it
 * settles, because that module depends on the newsroom and not the other way round.
 */
public record StepFourSettled(long storyId, Instant at) {
}
