/** Demo surveys of DPMPTSP Kota Magelang for {@code zi.demo.enabled}: loaded through the same lifecycle as a unit's. */
@NullMarked
package id.zi.survey.demo;

import org.jspecify.annotations.NullMarked;
