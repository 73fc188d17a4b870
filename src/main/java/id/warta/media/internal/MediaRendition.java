package id.warta.media.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A derived file of an original, without its metadata, made to be shown in public. */
@Entity
public class MediaRendition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long assetId;
	private String name;
	private String contentType;
	private int width;
	private int height;
	private long size;
	private String storageKey;
	private int version;

	protected MediaRendition() {
	}

	MediaRendition(long assetId, String name, String contentType, int width, int height, long size,
			String storageKey, int version) {
		this.assetId = assetId;
		this.name = name;
		this.contentType = contentType;
		this.width = width;
		this.height = height;
		this.size = size;
		this.storageKey = storageKey;
		this.version = version;
	}

	/** The same stored file, listed for another item with the same bytes. */
	MediaRendition forAsset(long otherAssetId) {
		return new MediaRendition(otherAssetId, name, contentType, width, height, size, storageKey, version);
	}

	id.warta.media.Rendition view() {
		return new id.warta.media.Rendition(assetId, name, contentType, width, height, size, version);
	}

	String name() {
		return name;
	}

	String contentType() {
		return contentType;
	}

	String storageKey() {
		return storageKey;
	}

	long size() {
		return size;
	}
}
