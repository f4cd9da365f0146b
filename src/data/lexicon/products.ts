// Products, services, models and brands that are not companies by themselves: news name them next to their maker
// ("WhatsApp-Chat", "Metas Llama 4", "ChatGPT von OpenAI"). Written for this project from general knowledge.
// A listed name is never tagged as a company or person by the pattern rules (CamelCase, acronym, given name).
// Company names that are also products (Tesla, Porsche) stay in the gazetteer and are not listed here.

const PRODUCTS = `
WhatsApp Instagram Oculus Llama Behemoth
iPhone iPad iPod iMac MacBook iOS iPadOS macOS watchOS visionOS iCloud iTunes Siri AirPods FaceTime iMessage
Windows Xbox Azure Bing Copilot Cortana Skype PowerPoint HoloLens
Android Chrome ChromeOS Gmail YouTube Gemini Bard Waze Fitbit
ChatGPT GPT-4 GPT-4o GPT-5 DALL-E Sora
Claude Grok Copilot Qwen Doubao
Alexa Kindle Twitch Audible
PlayStation Walkman Bravia Wii GameBoy Fortnite Minecraft Douyin WeChat Weixin QQ
Bixby Cybertruck Starlink Starship Powerwall

Bitcoin Ethereum Dogecoin
A320 A350 A380 Dreamliner Passat Tiguan ID.3 ID.4 Käfer Corolla Prius Cayenne
Viagra Ozempic Wegovy Mounjaro Zepbound Comirnaty Spikevax Paxlovid Humira Keytruda Aspirin Botox Tamiflu
Nutella Nespresso Barbie
CUDA Snapdragon Xeon Ryzen EPYC
Trustpilot Wikipedia
`;

let cache: Set<string> | null = null;

/** Single-token product names (multi-part names are listed by their distinctive first token). */
export function productNames(): Set<string> {
  if (!cache) cache = new Set(PRODUCTS.split(/\s+/).filter((w) => w && !w.includes('-') && !w.includes('+') && !w.includes('.')));
  return cache;
}
