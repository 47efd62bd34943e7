// The prose and SQL of the demo workbooks, in both languages (scripts/make-demo-workbook.ts).
export type DemoLocale = 'en' | 'ko';

export const DEMO_TEXT: Record<DemoLocale, Record<string, string>> = {
  en: {
    title: 'Demo shop — customer segments',
    intro: `# Demo shop: who are our customers?

Three years of orders, web events and customer records from a **synthetic** Korean online shop (2,000 customers, made by \`npm run demo-data\`; nothing here is a real person). Every cell below reads the one above it by name; change any setting and what depends on it runs again.

Run order: the data files, then cleaning, then RFM scores, lifecycle and behaviour segments, a profile with persona cards per segment, and k-means clusters.`,
    cleaning: '## Clean\nCancelled and returned orders are not purchases: the clean cell leaves them out (and says how many), and the chart shows revenue by month (note the November–December peaks).',
    monthlyRevenue: 'Revenue by month (completed orders)',
    rfm: '## Segments\n**RFM** scores every customer 1–5 on recency, frequency and monetary value as of 2026-01-01 and names their segment from the 10-segment R-F map; the filter below it is a win-back audience (at risk and can\'t lose). **Lifecycle** says who is new, active, loyal, at risk, churned or back. **Behaviour** finds cart abandoners in the web events.',
    profile: '## Profile and personas\nThe join adds each customer\'s region, gender and age to the RFM scores; the profile compares each segment with all customers and writes a persona card with suggested actions.',
    regionSql: '-- Where each segment lives: customers per segment and region, largest first\nSELECT segment, region, count(*) AS customers\nFROM customer_view\nGROUP BY ALL\nORDER BY customers DESC',
    clusters: '## Clusters\nk-means on log recency, frequency and spend finds groups the rules did not name. Scan k to see the elbow and silhouette.',
  },
  ko: {
    title: '데모 쇼핑몰 — 고객 세그먼트',
    intro: `# 데모 쇼핑몰: 우리 고객은 누구인가?

**합성** 한국 온라인 쇼핑몰의 3년치 주문, 웹 이벤트, 고객 정보입니다 (고객 2,000명, \`npm run demo-data\`로 만든 가상의 데이터이며 실제 인물이 아닙니다). 아래의 각 셀은 위의 셀을 이름으로 읽습니다. 설정을 바꾸면 그에 의존하는 셀이 다시 실행됩니다.

순서: 데이터 파일 → 정리 → RFM 점수, 생애주기와 행동 세그먼트 → 세그먼트별 프로필과 페르소나 카드 → k-평균 군집.`,
    cleaning: '## 정리\n취소·반품 주문은 구매가 아니므로 정리 셀이 빼고 몇 건을 뺐는지 알려 줍니다. 차트로 월별 매출을 봅니다 (11–12월의 정점을 보세요).',
    monthlyRevenue: '월별 매출 (완료 주문)',
    rfm: '## 세그먼트\n**RFM**은 2026-01-01 기준으로 고객마다 최근성·빈도·금액을 1–5점으로 매기고 R·F 10개 세그먼트 표로 이름을 붙입니다. **생애주기**는 신규, 활성, 충성, 이탈 위험, 이탈, 복귀 고객을 가르고, **행동 규칙**은 웹 이벤트에서 장바구니 이탈 고객을 찾습니다. RFM 아래의 필터는 재구매 유도 대상(이탈 위험, 놓치면 안 될 고객)입니다.',
    profile: '## 프로필과 페르소나\n결합 셀이 RFM 점수에 고객의 지역, 성별, 나이를 붙입니다. 프로필은 세그먼트마다 전체 고객과 비교하고, 제안 액션이 담긴 페르소나 카드를 씁니다.',
    regionSql: '-- 세그먼트별 지역 분포: 세그먼트와 지역마다 고객 수, 많은 순\nSELECT segment, region, count(*) AS customers\nFROM customer_view\nGROUP BY ALL\nORDER BY customers DESC',
    clusters: '## 군집\n최근성·빈도·구매액(로그)으로 k-평균을 돌려 규칙으로는 이름 붙이지 못한 무리를 찾습니다. k 탐색으로 엘보와 실루엣을 보세요.',
  },
};
