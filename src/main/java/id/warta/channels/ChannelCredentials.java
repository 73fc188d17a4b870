package id.warta.channels;

/**
 * A connected account as a connector uses it: the platform's id for the account (page, Instagram user, channel,
 * chat), its handle for permalinks, and the decrypted access token, which never leaves the connector.
 */
public record ChannelCredentials(long accountId, String accountRef, String handle, String accessToken) {

	@Override
	public String toString() {
		return "ChannelCredentials[" + accountId + ", " + accountRef + "]";
	}
}
