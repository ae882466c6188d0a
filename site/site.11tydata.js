/** Data for every page: the layout, and each page's language and its addresses in both languages. */
export default {
  layout: "layouts/base.njk",
  eleventyComputed: {
    lang: (data) => data.item?.lang ?? data.lang ?? "vi",
    urls: (data) => data.item?.urls ?? (data.section ? data.sections[data.section] : data.urls),
  },
};
