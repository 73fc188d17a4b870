package id.warta.sop.internal;

import java.time.Duration;

/** A step of a new SOP version as the system administrator wrote it. */
public record StepDraft(String name, Duration standard) {
}
