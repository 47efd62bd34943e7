// Header words per role, in English and Korean, as real exports spell them. Names are compared
// after normalizeName, so "Customer ID", "customer_id" and "CustomerID" are the same name.

import type { Role } from './types';

export interface RoleNameRules {
  /** Usual names for the role (confidence 0.95). */
  exact: readonly string[];
  /** Whole names that often but not always mean the role (0.6): "source" may be a channel. */
  weak?: readonly string[];
  /** Words inside a longer header (0.75). */
  similar: readonly RegExp[];
  /** Headers that contain a role word but mean something else ("event_time" is not an event type). */
  exclude?: RegExp;
}

const ID = '(id|no|num|number|key|code|번호|아이디|코드)';

export const ROLE_NAMES: Record<Role, RoleNameRules> = {
  customerId: {
    exact: [
      'customerid', 'custid', 'custno', 'customerno', 'customernumber', 'customerkey', 'customercode', 'clientid',
      'userid', 'memberid', 'memberno', 'buyerid', 'accountid', 'customer', '고객id', '고객번호', '고객아이디',
      '고객코드', '회원id', '회원번호', '회원아이디', '회원코드', '사용자id', '유저id', '구매자id',
    ],
    weak: ['cust', 'user', 'member', '고객', '회원'],
    similar: [new RegExp(`(customer|cust|client|member|user|buyer|고객|회원|사용자|유저|구매자)${ID}`)],
  },
  orderId: {
    exact: [
      'orderid', 'orderno', 'ordernumber', 'ordercode', 'invoiceno', 'invoiceid', 'invoicenumber', 'invoice',
      'transactionid', 'transactionno', 'txid', 'txnid', 'receiptno', 'receiptid', 'purchaseid', 'basketid',
      '주문번호', '주문id', '주문코드', '주문아이디', '거래번호', '거래id', '영수증번호', '결제번호', '구매번호',
    ],
    weak: ['order', 'transaction', '주문'],
    similar: [new RegExp(`(order|invoice|transaction|txn|receipt|purchase|basket|주문|거래|영수증|결제|구매)${ID}`)],
  },
  timestamp: {
    exact: [
      'timestamp', 'datetime', 'date', 'time', 'ts', 'orderdate', 'orderdatetime', 'ordertime', 'orderedat',
      'invoicedate', 'purchasedate', 'purchasedat', 'purchasetime', 'transactiondate', 'transactiontime', 'eventtime',
      'eventdate', 'eventtimestamp', 'occurredat', 'createdat', 'paidat', 'paymentdate', '주문일시', '주문일자', '주문일',
      '주문날짜', '주문시간', '결제일시', '결제일자', '결제일', '구매일시', '구매일자', '구매일', '거래일시', '거래일자',
      '거래일', '일시', '일자', '날짜', '이벤트일시', '발생일시',
    ],
    similar: [/(date|time|일시|일자|날짜|시각)/, /(ed|sent|paid|sold)at$/],
    exclude: /(birth|dob|생년|생일|expir|만료|zone|lifetime|duration|times$)/,
  },
  amount: {
    exact: [
      'amount', 'amt', 'totalamount', 'totalprice', 'total', 'sales', 'salesamount', 'revenue', 'spend', 'payment',
      'paymentamount', 'paidamount', 'orderamount', 'ordervalue', 'ordertotal', 'purchaseamount', 'monetary', 'gmv',
      'netsales', 'grosssales', 'dollars', '금액', '결제금액', '주문금액', '구매금액', '판매금액', '총금액', '총액',
      '결제액', '매출', '매출액', '실결제금액', '거래금액',
    ],
    weak: ['value'],
    similar: [/(amount|amt|revenue|sales|spend|payment|total|monetary|금액|매출|결제액|총액)/],
    exclude: /(count|cnt|qty|quantity|수량|건수|횟수|method|type|수단|방법|유형|id$|no$|번호)/,
  },
  quantity: {
    exact: [
      'quantity', 'qty', 'units', 'itemcount', 'numitems', 'quantityordered', '수량', '구매수량', '주문수량', '판매수량',
      '개수',
    ],
    weak: ['items', 'count'],
    similar: [/(quantity|qty|수량|개수)/],
  },
  price: {
    exact: [
      'price', 'unitprice', 'itemprice', 'listprice', 'saleprice', 'productprice', 'priceeach', '단가', '가격',
      '판매가', '판매가격', '정가', '상품가격', '상품단가', '개당가격',
    ],
    similar: [/(price|단가|가격|판매가)/],
  },
  category: {
    exact: [
      'category', 'categoryname', 'productcategory', 'itemcategory', 'categories', 'genre', '카테고리', '상품카테고리',
      '카테고리명', '분류', '상품분류', '품목', '대분류',
    ],
    weak: ['department', 'cat'],
    similar: [/(category|카테고리|분류|genre|품목)/],
    exclude: /(id$|code$|번호|코드)/,
  },
  eventType: {
    exact: [
      'eventtype', 'event', 'eventname', 'action', 'actiontype', 'activity', 'activitytype', 'behavior', 'behaviour',
      '이벤트', '이벤트유형', '이벤트타입', '이벤트명', '행동', '행동유형', '액션',
    ],
    similar: [/(event|action|activity|이벤트|행동)/],
    exclude: /(time|date|ts$|at$|id$|일시|일자|날짜|번호)/,
  },
  channel: {
    exact: [
      'channel', 'channelname', 'saleschannel', 'orderchannel', 'marketingchannel', 'signupchannel',
      'acquisitionchannel', 'trafficsource', 'utmsource', '채널', '유입채널', '판매채널', '주문채널', '가입채널',
      '유입경로', '마케팅채널',
    ],
    weak: ['source', 'medium', 'utmmedium'],
    similar: [/(channel|채널|유입)/],
  },
  variant: {
    exact: [
      'variant', 'variation', 'abgroup', 'abvariant', 'testgroup', 'experimentgroup', 'treatment', 'arm', 'bucket',
      '변형', '실험군', '실험그룹', '테스트그룹', 'ab그룹',
    ],
    weak: ['group', 'version', '그룹'],
    similar: [/(variant|variation|실험군|ab(test)?group)/],
  },
};

/** Lower case, no spaces/underscores/hyphens/dots, no trailing unit: "Amount (KRW)", "amount_krw" -> "amount". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*[([][^)\]]*[)\]]\s*$/u, '')
    .replace(/[\s_\-.]+(krw|usd|eur|won|원)$/u, '')
    .replace(/[\s_\-./:]+/gu, '');
}
