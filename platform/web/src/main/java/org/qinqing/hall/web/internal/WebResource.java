package org.qinqing.hall.web.internal;

/**
 * A static file of the UI, ready to send: its bytes, a gzip copy when that is smaller, its
 * content type, its entity tag and how long browsers may keep it.
 *
 * @param body the bytes
 * @param gzipped the bytes gzip-compressed, or {@code null} when compression does not pay
 * @param contentType the Content-Type header
 * @param etag a strong entity tag (quoted) derived from the bytes
 * @param cacheControl the Cache-Control header
 */
record WebResource(byte[] body, byte[] gzipped, String contentType, String etag, String cacheControl) {
}
