/**
 * The bundled demo tenant: about 2,000 invented people across the three Graph sources, served as Graph-shaped
 * JSON pages through the same parser and sync path as a real tenant ({@code --demo}), and scalable to 100,000 or
 * 1,000,000 people for benchmarks. No real person's data: names are drawn at random from invented lists, mail
 * domains end in the reserved {@code .example}, and numbers lie in made-up or fiction-reserved ranges.
 *
 * <p>Threading: generation is pure and thread-safe; pages are generated on the thread that asks for them.
 */
package app.contactshield.graphsync.demo;
