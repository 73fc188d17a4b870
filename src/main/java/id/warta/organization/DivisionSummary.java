package id.warta.organization;

/** A division as other modules see it. Inactive divisions stay, because old material points at them. */
public record DivisionSummary(long id, String slug, String name, boolean active) {
}
