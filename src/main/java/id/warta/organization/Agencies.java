package id.warta.organization;

/** The agency this installation serves. */
public interface Agencies {

	AgencyProfile current();
}
