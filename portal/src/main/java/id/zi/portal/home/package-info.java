/** The portal's landing page and the signed-in user's home page. */
package id.zi.portal.home;
