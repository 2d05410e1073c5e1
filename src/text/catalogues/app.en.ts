/** The application frame: header, layout, language (English). */
export const app = {
  layout: {
    group: 'Layout',
    '1x1': 'One image',
    '1x2': 'Two images side by side',
    '2x2': 'Four images, two by two',
  },
};
