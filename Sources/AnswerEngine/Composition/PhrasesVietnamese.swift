extension PhraseTables {
    /// Vietnamese (VN): the customer is Quý khách, the team "chúng tôi", never bạn. Dates follow
    /// "vào" without "ngày", because the market's long date already begins with "ngày" ("ngày 24
    /// tháng 11 năm 2026"); the short one reads as well ("vào 24/11/2026"). The status phrases
    /// complete "Đơn hàng … của Quý khách {status}" and "… {status}, vì vậy …".
    static let vietnamese = Phrases(
        orderLine: "Đơn hàng {order} của Quý khách {status}.",
        status: [
            "processing": "đang được chuẩn bị và chưa được gửi đi",
            "awaiting_payment": "đang chờ thanh toán",
            "shipped": "đã được gửi đi",
            "delayed": "đang bị giao chậm",
            "held_at_customs": "đang được lưu giữ tại hải quan",
            "delivered": "đã được giao thành công",
            "return_requested": "đang trong quá trình trả hàng",
            "returned": "đã được trả lại cho chúng tôi",
            "refund_in_progress": "đang được hoàn tiền",
            "cancelled": "đã được hủy",
        ],
        shipped: "Đơn hàng đã được bàn giao cho {carrier} vào {date}; mã vận đơn là {tracking}.",
        eta: "Thời gian giao hàng dự kiến: {date}.",
        delivered: "Đơn hàng đã được giao vào {date}.",
        heldAtCustoms: "Kiện hàng hiện đang ở hải quan. Thủ tục thông quan thường mất từ 2–5 ngày làm việc, và chúng tôi sẽ xử lý thay Quý khách.",
        delayed: "Đơn vị vận chuyển đã mở cuộc điều tra về việc chậm trễ này, và chúng tôi sẽ liên tục cập nhật cho Quý khách.",
        awaitingPayment: "Hạn thanh toán là {date}; sau thời hạn này, đơn hàng sẽ tự động bị hủy.",
        returnLabelSent: "Chúng tôi đã gửi nhãn trả hàng cho Quý khách vào {date}; tiền sẽ được hoàn lại ngay khi chúng tôi nhận được hàng trả về.",
        returnReceived: "Chúng tôi đã nhận được hàng Quý khách gửi trả vào {date}.",
        refundIssued: "Khoản hoàn tiền {amount} về {method} của Quý khách đã được thực hiện vào {date}.",
        refundDue: "Khoản hoàn tiền {amount} đang được xử lý và sẽ được chuyển đến Quý khách chậm nhất vào {date}.",
        replacementShipped: "Sản phẩm thay thế đã được gửi đi vào {date}.",
        cancelDone: "Chúng tôi đã hủy đơn hàng {order} cho Quý khách, hoàn toàn miễn phí.",
        cancelRefused: "Đơn hàng {order} của Quý khách {status}, vì vậy không thể hủy được nữa. Sau khi nhận hàng, Quý khách có thể gửi trả lại sản phẩm.",
        askOrderNumber: "Quý khách vui lòng cho chúng tôi biết mã đơn hàng ạ. Mã đơn hàng bắt đầu bằng MG, theo sau là 8 chữ số.",
        orderNotFound: "Chúng tôi không tìm thấy đơn hàng {order}. Quý khách vui lòng kiểm tra lại mã đơn hàng giúp chúng tôi.",
        greetingReply: "Chúng tôi có thể hỗ trợ gì cho Quý khách hôm nay ạ?",
        thanksReply: "Rất hân hạnh được hỗ trợ Quý khách ạ.",
        agentsAvailable: "Đội ngũ hỗ trợ của chúng tôi làm việc {hours}.",
        agentsAfterHours: "Hiện đã ngoài giờ làm việc của đội ngũ hỗ trợ, vì vậy chúng tôi đã tạo yêu cầu hỗ trợ cho Quý khách và sẽ phản hồi trong vòng 12 giờ.",
        summaryLabels: [
            "title": "Tóm tắt chuyển giao", "market": "Thị trường", "language": "Ngôn ngữ", "intent": "Ý định", "orders": "Đơn hàng",
            "emotion": "Cảm xúc", "wants": "Khách hàng muốn", "answered": "Đã trả lời / đã tra cứu", "reason": "Lý do chuyển giao",
            "none": "không có",
        ],
        reasons: [
            "angry": "khách hàng đang tức giận", "distressed": "khách hàng đang rất lo lắng", "asked_for_human": "khách hàng yêu cầu gặp nhân viên",
            "chargeback": "có nhắc đến chargeback hoặc tranh chấp thanh toán", "lawyer": "có nhắc đến luật sư hoặc hành động pháp lý",
            "authority": "có nhắc đến cơ quan bảo vệ người tiêu dùng", "review": "dọa đánh giá công khai hoặc đăng lên mạng xã hội",
            "third_contact": "lần liên hệ thứ ba về cùng một đơn hàng chưa được giải quyết", "vip": "khách hàng VIP",
            "two_failures": "trợ lý không trả lời được hai lần liên tiếp",
        ]
    )
}
