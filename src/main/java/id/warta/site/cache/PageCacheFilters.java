package id.warta.site.cache;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@link PageCacheHitFilter} with the servlet container, right before the security filter chain. */
@Configuration(proxyBeanMethods = false)
class PageCacheFilters {

	@Bean
	FilterRegistrationBean<PageCacheHitFilter> pageCacheHitFilter(PageCache cache, StoryPageFingerprint fingerprints,
			@Value("${spring.security.filter.order:" + SecurityFilterProperties.DEFAULT_FILTER_ORDER
					+ "}") int securityOrder) {
		var registration = new FilterRegistrationBean<>(new PageCacheHitFilter(cache, fingerprints));
		registration.setOrder(securityOrder - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
