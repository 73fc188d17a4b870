package id.warta.sop;

import java.util.regex.Pattern;

/**
 * Something that goes through the SOP and is timed: the owning module's type name and the item's id, such as
 * {@code new SopItem("submission", 42)}. The type is chosen by the owning module and never changes.
 *
 * @param type lower-case letters, digits and hyphens, at most 40 characters
 * @param id the item's id in its module
 */
public record SopItem(String type, long id) {

	private static final Pattern TYPE = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");

	public SopItem {
		if (type == null || !TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Item type must be lower-case letters, digits or hyphens: " + type);
		}
	}

	@Override
	public String toString() {
		return type + ":" + id;
	}
}
