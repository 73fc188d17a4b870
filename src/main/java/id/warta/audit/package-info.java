/**
 * Append-only, hash-chained audit trail of every decision and sensitive read, with a verifier of the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.warta.audit;
