/**
 * Demo mode: a simulated phone (the audio-gateway side of the hands-free dialogue, with iPhone-like and
 * Android-like profiles and scriptable calls) and {@link app.contactshield.callerid.demo.DemoPhoneLink}, which runs
 * the real hands-free engine against it over in-process pipes. No Bluetooth, no network port.
 */
package app.contactshield.callerid.demo;
