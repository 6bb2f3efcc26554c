/**
 * The project's own hands-free (HFP HF) engine: the AT dialogue with a paired phone's audio gateway, independent of
 * the transport.
 *
 * <ul>
 *   <li>{@link app.contactshield.callerid.hfp.AtLineFramer} cuts bytes (any chunking) into bounded lines;
 *       {@link app.contactshield.callerid.hfp.AtTokenizer} and {@link app.contactshield.callerid.hfp.AtResultParser}
 *       turn a line into a typed {@link app.contactshield.callerid.hfp.AtResult} and never throw.</li>
 *   <li>{@link app.contactshield.callerid.hfp.HandsFreeEngine} is the
 *       {@link app.contactshield.callerid.link.PhoneLink}: it runs the service level connection, follows calls
 *       through the indicators the phone announced (by name, never by position), {@code RING}, {@code +CLIP},
 *       {@code +CCWA} and {@code +CLCC}, and answers, rejects, dials and holds with {@code ATA}, {@code AT+CHUP},
 *       {@code ATD} and {@code AT+CHLD}.</li>
 * </ul>
 *
 * <p>Transport: on Linux, BlueZ {@code Profile1.NewConnection} hands over the RFCOMM socket as a file descriptor;
 * pass it to {@link app.contactshield.callerid.hfp.HandsFreeEngine#start(java.io.FileDescriptor,
 * app.contactshield.callerid.hfp.HandsFreeSettings)}. Streams and channels work as well.
 *
 * <p>Hiding the caller id: HFP has no per-call caller id restriction command, so the engine dials the network's
 * prefix ({@code #31#} on GSM networks, {@code *67} in North America, {@code 141} in the UK) from
 * {@link app.contactshield.callerid.hfp.HandsFreeSettings#hideCallerIdPrefix()} before the number.
 *
 * <p>Only numbers travel: the engine never requests the phonebook (PBAP), messages (MAP) or phonebook AT
 * commands, and never logs a number or a raw line.
 */
package app.contactshield.callerid.hfp;
