/**
 * SOP steps 2 and 3: stories composed from material, kept as immutable revisions, screened by approving,
 * returning or rejecting one exact revision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Redaksi")
package id.warta.newsroom;
