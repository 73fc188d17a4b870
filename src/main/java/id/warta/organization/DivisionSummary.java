package id.warta.organization;

/** A division as other modules show it. */
public record DivisionSummary(long id, String slug, String name, boolean active) {
}
