/**
 * SOP step 4 beyond the website: one publication per story and social channel in a durable queue, dispatched once
 * by one node, retried when the platform allows, reconciled when in doubt, and shown on a status board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Penerbitan kanal")
package id.warta.publishing;
