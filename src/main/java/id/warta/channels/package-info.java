/**
 * The agency's social channel accounts and one connector per platform: connecting through each platform's own
 * authorisation, tokens encrypted at rest, and the calls that post, reconcile and remove.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kanal media sosial")
package id.warta.channels;
