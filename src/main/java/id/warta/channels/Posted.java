package id.warta.channels;

/** A post that is public on its platform: the platform's id for it and the address people open. */
public record Posted(String externalId, String permalink) {
}
