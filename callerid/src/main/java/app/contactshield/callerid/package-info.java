/** Contact Shield callerid module. */
package app.contactshield.callerid;
