/** The portfolio slide: one 16:9 PowerPoint slide of the ranked portfolio, with a native chart. */
export { buildPortfolioPptx, type PortfolioExportOptions } from './build-portfolio-pptx';
export type { PortfolioTemplate } from './render-portfolio-pptx';
export { portfolioSlideContent, SLIDE_ROWS, type PortfolioSlideContent } from './slide-content';
export { layoutPortfolioSlide } from './slide-layout';
