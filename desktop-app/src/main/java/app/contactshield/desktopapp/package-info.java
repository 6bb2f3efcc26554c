/** Contact Shield desktop-app module. */
package app.contactshield.desktopapp;
