/**
 * What every module stands on: the security filter chain and login, the back-office shell (language, times in
 * WIB, error pages) and the application clock. Modules add their URL rules through {@link WebSecurityContribution}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package id.warta.platform;
