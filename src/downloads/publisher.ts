/** The ministry as creator and publisher of the data set. */

/** The ministry's own website. */
export const publisherUrl = "https://moit.gov.vn";

/** GeoNames feature of Viet Nam, for spatial coverage. */
export const vietNamGeoNames = "https://sws.geonames.org/1562822/";
