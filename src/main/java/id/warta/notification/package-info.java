/**
 * Tells the next actor of each SOP step that work is waiting: a notice in the application and, when mail is
 * configured, an e-mail. Reacts to the other modules' events; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pemberitahuan")
package id.warta.notification;
