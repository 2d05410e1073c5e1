import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { tagTree, type TagNode } from '../dicom';

/**
 * Every attribute of the object an image id comes from, for the tag browser.
 * The loader keeps the parsed data set of images it has shown; one it has not
 * (or has dropped from its cache) is parsed again from the local file.
 */
export async function imageTags(imageId: string): Promise<TagNode[]> {
  const { url, scheme } = wadouri.parseImageId(imageId);
  const dataSet = wadouri.dataSetCacheManager.isLoaded(url)
    ? wadouri.dataSetCacheManager.get(url)
    : await wadouri.dataSetCacheManager.load(url, wadouri.getLoaderForScheme(scheme), imageId);
  return tagTree(dataSet);
}
