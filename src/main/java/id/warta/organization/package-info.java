/**
 * The agency itself: its profile, its divisions, and the staff accounts with their roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi")
package id.warta.organization;
