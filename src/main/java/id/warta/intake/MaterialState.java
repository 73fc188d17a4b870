package id.warta.intake;

/** What happened to material, in the words a contributor understands. */
public enum MaterialState {
	/** Diterima: the admin has it. */
	RECEIVED,
	/** Sedang diolah: a story is being written from it. */
	IN_PROGRESS,
	/** Menunggu persetujuan: the story is with the screeners. */
	AWAITING_APPROVAL,
	/** Terbit: the story is public. */
	PUBLISHED,
	/** Tidak digunakan: the admin or a screener decided not to use it, with a reason. */
	NOT_USED;

	public String labelKey() {
		return "materialState." + name();
	}
}
