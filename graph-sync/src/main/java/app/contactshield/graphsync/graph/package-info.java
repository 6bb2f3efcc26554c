/**
 * Microsoft Graph as a contact source: directory users, organisational contacts and the user's Outlook contacts,
 * read with delta queries and committed page by page.
 *
 * <p>Threading: every call that reaches Graph blocks its calling thread, the sync thread
 * ({@code contact-shield-sync} when started through {@code SyncEngine#start}); none may run on the JavaFX
 * application thread. While a page is committed on the sync thread, the next page downloads on a
 * {@code contact-shield-graph-fetch} daemon thread, and large pages are mapped on the common fork-join pool.
 * Retry waits happen on the thread that fetches, through an injectable {@link Sleeper}. Nothing here starts a
 * thread that needs closing.
 *
 * <p>HTTP: {@code java.net.http} and Jackson streaming behind {@link GraphTransport} (see
 * docs/adr/0002-graph-http-client.md).
 */
package app.contactshield.graphsync.graph;
