package id.warta.newsroom.internal;

/** The staff member acting on a story: who edits, screens or publishes it. */
public record Editor(long id, String username) {
}
