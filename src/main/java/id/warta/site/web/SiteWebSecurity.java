package id.warta.site.web;

import id.warta.platform.WebSecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public website is open to everyone, for reading only. */
@Component
class SiteWebSecurity implements WebSecurityContribution {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/", "/berita", "/pengumuman", "/galeri", "/dokumen", "/berita/*",
				"/pengumuman/*", "/galeri/*", "/dokumen/*", "/profil/*", "/bidang/*", "/kontak", "/ppid", "/ppid/*",
				"/tema.css", "/berkas/*", "/berkas/tautan/*", "/berkas/*/*/*").permitAll();
	}
}
