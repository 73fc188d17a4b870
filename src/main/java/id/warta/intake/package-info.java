/**
 * SOP step 1: material (photos, documents, video, voice recordings) sent by a division to the admin, with its
 * sender, its time and its fate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bahan Informasi")
package id.warta.intake;
