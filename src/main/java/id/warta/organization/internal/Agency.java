package id.warta.organization.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import id.warta.organization.AgencyProfile;
import id.warta.organization.SocialPlatform;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;

/** The agency's profile as the public sees it. */
@Entity
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String name;
	private String shortName;
	private String address;
	private String phone;
	private String email;
	private String logoFile;
	private String logoType;
	private String themeColor;
	private String tagline;
	private String officeHours;
	private boolean approverMayNotPublish;
	private Instant updatedAt;
	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agency_social_link", joinColumns = @JoinColumn(name = "agency_id"))
	@MapKeyColumn(name = "platform")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "url")
	private Map<SocialPlatform, String> socialLinks = new EnumMap<>(SocialPlatform.class);

	protected Agency() {
	}

	public Agency(String name, String shortName, Instant now) {
		this.name = name;
		this.shortName = shortName;
		this.updatedAt = now;
	}

	public AgencyProfile profile() {
		Map<SocialPlatform, String> links = new EnumMap<>(SocialPlatform.class);
		links.putAll(socialLinks);
		return new AgencyProfile(id, name, shortName, address, phone, email, logoFile != null, links,
				themeColor, tagline, officeHours, approverMayNotPublish);
	}

	void describe(String name, String shortName, String address, String phone, String email, Instant now) {
		this.name = name;
		this.shortName = shortName;
		this.address = address;
		this.phone = phone;
		this.email = email;
		this.updatedAt = now;
	}

	void present(String themeColor, String tagline, String officeHours, Instant now) {
		this.themeColor = themeColor;
		this.tagline = tagline;
		this.officeHours = officeHours;
		this.updatedAt = now;
	}

	void separateApprovalFromPublishing(boolean separate, Instant now) {
		this.approverMayNotPublish = separate;
		this.updatedAt = now;
	}

	void linkSocial(Map<SocialPlatform, String> links) {
		socialLinks.clear();
		links.forEach((platform, url) -> {
			if (url != null && !url.isBlank()) {
				socialLinks.put(platform, url.strip());
			}
		});
	}

	void useLogo(String file, String contentType, Instant now) {
		this.logoFile = file;
		this.logoType = contentType;
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	String logoFile() {
		return logoFile;
	}

	String logoType() {
		return logoType;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
