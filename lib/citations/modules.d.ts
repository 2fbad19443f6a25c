/** Chicago author-date (17th edition), the CSL project's style, serialized as citeproc-js's JSON form of the XML. */
declare module 'style-chicago' {
  const style: object;
  export default style;
}
