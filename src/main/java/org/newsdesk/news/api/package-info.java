/**
 * What other features may use of news: what a caller may see ({@link org.newsdesk.news.api.Visibility}),
 * which the taxonomy's counts of items share with every news list.
 */
package org.newsdesk.news.api;
