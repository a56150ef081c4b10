extension PhraseTables {
    /// Simplified Chinese (SG, MY): the customer is 您, never 你. Latin placeholders (order and tracking
    /// numbers, carriers, amounts, dates) are set off by spaces as in the markets' own voice ("对
    /// Meridian Goods 的支持"). The status phrases complete "您的订单 … {status}。" and "… {status}，因此…".
    static let chinese = Phrases(
        orderLine: "您的订单 {order} {status}。",
        status: [
            "processing": "正在备货中，尚未发货",
            "awaiting_payment": "正在等待付款",
            "shipped": "已发货",
            "delayed": "配送出现延误",
            "held_at_customs": "目前滞留在海关",
            "delivered": "已送达",
            "return_requested": "正在办理退货",
            "returned": "已退回",
            "refund_in_progress": "正在办理退款",
            "cancelled": "已取消",
        ],
        shipped: "包裹已于 {date} 交由 {carrier} 承运，运单号为 {tracking}。",
        eta: "预计送达日期：{date}。",
        delivered: "包裹已于 {date} 送达。",
        heldAtCustoms: "包裹目前正在清关。清关通常需要 2–5 个工作日，相关手续由我们为您处理。",
        delayed: "承运商已就此次延误展开调查，我们会及时向您通报进展。",
        awaitingPayment: "请于 {date} 前完成付款，逾期订单将自动取消。",
        returnLabelSent: "我们已于 {date} 向您发送退货面单，收到退回的商品后即为您办理退款。",
        returnReceived: "我们已于 {date} 收到您退回的商品。",
        refundIssued: "我们已于 {date} 将 {amount} 退回您的 {method}。",
        refundDue: "您的退款 {amount} 正在处理中，最迟将于 {date} 到账。",
        replacementShipped: "替换商品已于 {date} 寄出。",
        cancelDone: "已为您免费取消订单 {order}。",
        cancelRefused: "您的订单 {order} {status}，因此已无法取消。收到商品后，您可以申请退货。",
        askOrderNumber: "请问您的订单号是多少？订单号以 MG 开头，后跟 8 位数字。",
        orderNotFound: "未找到订单 {order}，请您核对一下订单号。",
        greetingReply: "请问今天有什么可以帮您？",
        thanksReply: "不客气，很高兴能为您提供帮助。",
        agentsAvailable: "我们的客服团队服务时间为 {hours}。",
        agentsAfterHours: "目前不在人工客服服务时间内，我们已为您创建工单，将在 12 小时内回复您。",
        summaryLabels: [
            "title": "转接摘要", "market": "市场", "language": "语言", "intent": "意图", "orders": "订单",
            "emotion": "情绪", "wants": "客户诉求", "answered": "已答复 / 已查询", "reason": "转接原因",
            "none": "无",
        ],
        reasons: [
            "angry": "客户情绪愤怒", "distressed": "客户非常焦虑不安", "asked_for_human": "客户要求转人工",
            "chargeback": "提及拒付（chargeback）或支付争议", "lawyer": "提及律师或法律行动",
            "authority": "提及消费者保护机构", "review": "威胁发布公开差评或在社交媒体曝光",
            "third_contact": "同一未解决订单第三次联系", "vip": "VIP 客户",
            "two_failures": "助手连续两次无法回答",
        ]
    )
}
